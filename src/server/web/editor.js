// A small code editor: a textarea with a line-number gutter kept in step with it, Tab that
// indents, and a marked line for errors. No dependencies.
const INDENT = '  ';

export class Editor {
  constructor({ textarea, gutter, mark, cursor, onRun }) {
    this.textarea = textarea;
    this.gutter = gutter;
    this.mark = mark;
    this.cursor = cursor;
    this.onRun = onRun;
    this.lineCount = 0;
    this.errorLine = null;
    textarea.addEventListener('input', () => { this.clearError(); this.refresh(); });
    textarea.addEventListener('scroll', () => this.syncScroll());
    textarea.addEventListener('keydown', (e) => this.onKey(e));
    for (const ev of ['keyup', 'click', 'select', 'focus']) textarea.addEventListener(ev, () => this.showCursor());
    this.refresh();
  }

  get value() { return this.textarea.value; }
  set value(text) {
    this.textarea.value = text;
    this.clearError();
    this.refresh();
    this.textarea.scrollTop = 0;
    this.syncScroll();
  }

  refresh() {
    const lines = this.textarea.value.split('\n').length;
    if (lines !== this.lineCount) {
      const frag = document.createDocumentFragment();
      for (let i = 1; i <= lines; i++) {
        const div = document.createElement('div');
        div.textContent = String(i);
        if (i === this.errorLine) div.className = 'error';
        frag.appendChild(div);
      }
      // Room to scroll the last line to the top, as the textarea can.
      const pad = document.createElement('div');
      pad.className = 'gutter-pad';
      frag.appendChild(pad);
      this.gutter.replaceChildren(frag);
      this.lineCount = lines;
    }
    this.syncScroll();
    this.showCursor();
  }

  syncScroll() {
    this.gutter.scrollTop = this.textarea.scrollTop;
    this.placeMark();
  }

  lineHeight() {
    return parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
  }

  placeMark() {
    if (this.errorLine === null) { this.mark.hidden = true; return; }
    const top = parseFloat(getComputedStyle(this.textarea).paddingTop) || 0;
    this.mark.style.top = (top + (this.errorLine - 1) * this.lineHeight() - this.textarea.scrollTop) + 'px';
    this.mark.hidden = false;
  }

  // Marks `line` (1-based) as the error's line: in the gutter and across the code.
  markError(line) {
    this.clearError();
    if (!Number.isInteger(line) || line < 1 || line > this.lineCount) return;
    this.errorLine = line;
    const cell = this.gutter.children[line - 1];
    if (cell) cell.className = 'error';
    this.placeMark();
  }

  clearError() {
    if (this.errorLine !== null) {
      const cell = this.gutter.children[this.errorLine - 1];
      if (cell) cell.className = '';
    }
    this.errorLine = null;
    this.mark.hidden = true;
  }

  // Puts the cursor at line:column (1-based) and scrolls it into view.
  goTo(line, column = 1) {
    const lines = this.textarea.value.split('\n');
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
    offset += Math.max(0, Math.min(column - 1, (lines[line - 1] || '').length));
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    const want = (line - 1) * this.lineHeight();
    const view = this.textarea.clientHeight;
    if (want < this.textarea.scrollTop || want > this.textarea.scrollTop + view - 2 * this.lineHeight())
      this.textarea.scrollTop = Math.max(0, want - view / 3);
    this.syncScroll();
    this.showCursor();
  }

  showCursor() {
    const before = this.textarea.value.slice(0, this.textarea.selectionStart);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    this.cursor.textContent = line + ':' + column;
  }

  // Inserts text where the selection is, keeping the browser's undo history where it can.
  insert(text) {
    this.textarea.focus();
    if (!document.execCommand || !document.execCommand('insertText', false, text)) {
      this.textarea.setRangeText(text, this.textarea.selectionStart, this.textarea.selectionEnd, 'end');
      this.textarea.dispatchEvent(new Event('input'));
    }
  }

  onKey(e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      this.onRun();
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const ta = this.textarea;
    const { selectionStart: start, selectionEnd: end, value } = ta;
    const multiLine = value.slice(start, end).includes('\n');
    if (!multiLine && !e.shiftKey) {
      this.insert(INDENT);
      return;
    }
    // Indent or outdent every selected line.
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    const block = value.slice(lineStart, end);
    const changed = block.split('\n').map((l) => {
      if (!e.shiftKey) return INDENT + l;
      return l.startsWith(INDENT) ? l.slice(INDENT.length) : l.replace(/^ /, '');
    }).join('\n');
    ta.setSelectionRange(lineStart, end);
    this.insert(changed);
    ta.setSelectionRange(lineStart, lineStart + changed.length);
  }
}

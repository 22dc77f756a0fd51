// expect: {"success": true, "output": {"bytes": [104, 195, 169, 108, 108, 111, 32, 226, 130, 172, 240, 157, 132, 158], "len": 14, "back": "héllo €𝄞", "enc": "utf-8", "lone": [239, 191, 189], "into": [3, 5, [97, 226, 130, 172, 98]], "parts": "€", "replaced": "a���A�", "bom": ["A", 2], "buffer": "hi", "view": "i!", "fatal": "TypeError", "label": "RangeError", "noNew": "TypeError", "inst": true, "flags": [false, false, "utf-8"], "empty": [0, ""]}}
// options: {}
// TextEncoder and TextDecoder as the Encoding standard gives them for UTF-8 (Node gives the same
// bytes and text): lone surrogates and bad bytes become U+FFFD where browsers put them, a
// character split across streamed chunks is joined, the BOM is dropped unless ignoreBOM, fatal
// throws; any BufferSource is read; a label other than utf-8 is a RangeError here.
const enc = new TextEncoder();
const bytes = enc.encode('héllo €𝄞');
const dec = new TextDecoder();
const dest = new Uint8Array(5);
const into = enc.encodeInto('a€b', dest);
const streamed = new TextDecoder();
const euro = [0xE2, 0x82, 0xAC];
const parts = streamed.decode(new Uint8Array(euro.slice(0, 2)), { stream: true }) + streamed.decode(new Uint8Array(euro.slice(2)));
let fatal;
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { fatal = e.name; }
let label;
try { new TextDecoder('latin2'); } catch (e) { label = e.name; }
let noNew;
try { TextEncoder(); } catch (e) { noNew = e.name; }
({
  bytes: Array.from(bytes), len: bytes.length, back: dec.decode(bytes), enc: enc.encoding, lone: Array.from(enc.encode('\ud800')),
  into: [into.read, into.written, Array.from(dest)], parts,
  replaced: new TextDecoder().decode(new Uint8Array([0x61, 0x80, 0x80, 0xE2, 0x82, 0x41, 0xF0, 0x9F])),
  bom: [new TextDecoder().decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x41])), new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x41])).length],
  buffer: new TextDecoder().decode(new Uint8Array([104, 105]).buffer), view: new TextDecoder().decode(new DataView(new Uint8Array([104, 105, 33]).buffer, 1)),
  fatal, label, noNew, inst: enc instanceof TextEncoder && dec instanceof TextDecoder, flags: [dec.fatal, dec.ignoreBOM, dec.encoding],
  empty: [enc.encode().length, dec.decode()],
})

// expect: {"success": true, "output": [1, 2, 3, 4, true, false, "static block", "TypeError"]}
// options: {}
// Class public/private/static fields and methods, `#x in obj`, and static blocks (ES2022) work.
class A {
  #p = 1;
  static s = 2;
  x = 3;
  static #sp() { return 4; }
  static sp() { return A.#sp(); }
  getP() { return this.#p; }
  static has(o) { return #p in o; }
  static { this.init = 'static block'; }
  static peek(o) { return o.#p; }
}
const a = new A();
let err;
try { A.peek({}); } catch (e) { err = e.name; }
[a.getP(), A.s, a.x, A.sp(), A.has(a), A.has({}), A.init, err]

// expect: {"success": true, "dom": "<div id=\"artifact-default\"><p title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p></div>"}
// options: {}
// Text and attribute values are escaped in the serialized DOM: markup in them stays text.
const p = LLMOS.dom.createElement('p', { title: '"><script>alert(1)</script>' });
p.textContent = '<script>alert(1)</script> & more';

// expect: {"success": true, "dom": "<div id=\"artifact-chart\"><svg width=\"100\" height=\"50\" viewBox=\"0 0 100 50\"><rect x=\"0\" y=\"0\" width=\"40\" height=\"50\" fill=\"steelblue\"></rect><circle cx=\"70\" cy=\"25\" r=\"20\" fill=\"orange\"></circle><text x=\"5\" y=\"45\">A &amp; B</text></svg></div>"}
// options: {"artifactId": "chart"}
// An <svg> made with createElement takes its shapes through setInnerHTML; script-capable SVG is dropped.
const svg = LLMOS.dom.createElement('svg', { width: 100, height: 50, viewBox: '0 0 100 50' });
LLMOS.dom.setInnerHTML(svg, '<rect x="0" y="0" width="40" height="50" fill="steelblue"/><circle cx="70" cy="25" r="20" fill="orange" onclick="alert(1)"/>' +
  '<script>alert(1)</script><a xlink:href="javascript:alert(1)"><text x="5" y="45">A &amp; B</text></a><animate attributeName="href" values="javascript:alert(1)"/>');

// expect: {"success": true, "output": "my-artifact", "artifactId": "my-artifact"}
// options: {"artifactId": "my-artifact"}
// The artifact id given in the options is reported back in the result.
'my-artifact'

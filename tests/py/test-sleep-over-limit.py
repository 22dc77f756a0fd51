# expect: {"success": false, "error": {"name": "LimitError", "kind": "limit"}}
# options: {}
# llmos.utils.sleep refuses more than 10 s, as LLMOS.utils.sleep does (kind `limit`).
import llmos
llmos.utils.sleep(20000)

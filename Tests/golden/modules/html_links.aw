# html.links finds the <a href> of a page as an HTML tokenizer does: tags and
# attributes in any case and order, values in double, single or no quotes,
# character references decoded; comments, scripts, styles and titles skipped;
# each href resolved against the base URL, in document order.
let page = """
<!DOCTYPE html>
<html><head><title>a <a href="/nope">not a link</a></title>
<script>var s = "<a href='/script'>";</script>
<style>a[href="/style"] {}</style></head>
<body>
<!-- <a href="/comment"> -->
<A HREF="/links/10/1">one</A>
<a class=x href='two.html'>two</a>
<a href=three?x=1&amp;y=2 id=3>three</a>
<a id="4" data-x='>' href="../four#frag">four</a>
<a>no href</a>
<a href="  http://other.example/five ">five</a>
<a href="&#x2F;six">six</a>
<area href="/area">
</body></html>
"""
for link in html.links(page, "http://httpbin.org/links/10/0") { print(link) }
# expect: http://httpbin.org/links/10/1
# expect: http://httpbin.org/links/10/two.html
# expect: http://httpbin.org/links/10/three?x=1&y=2
# expect: http://httpbin.org/links/four#frag
# expect: http://other.example/five
# expect: http://httpbin.org/six

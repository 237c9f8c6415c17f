# "enters the context (awaiting if needed)": async enter/exit run to completion.
let ctx = {
    enter: async fn () {
        print("async enter")
        return 7
    },
    exit: async fn (error) { print("async exit") }
}
with ctx as v {
    print("body", v)
}
# expect: async enter
# expect: body 7
# expect: async exit

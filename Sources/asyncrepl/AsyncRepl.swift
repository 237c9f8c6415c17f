@main
struct AsyncRepl {
    static func main() {}
}

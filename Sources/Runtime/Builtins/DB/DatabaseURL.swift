/// Database URLs as scripts write them (`sqlite::memory:`, `sqlite:app.db`,
/// `postgres://user:secret@host:5432/app`).
public enum DatabaseURL {
    /// The URL with any password replaced by `***`, for messages and traces.
    public static func withoutPassword(_ url: String) -> String {
        guard let schemeEnd = url.firstRange(of: "://"), let at = url[schemeEnd.upperBound...].firstIndex(of: "@") else {
            return url
        }
        let userInfo = url[schemeEnd.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
    }

    /// `sqlite` or `postgres`, or nil for a URL that is neither.
    public static func backend(of url: String) -> String? {
        if url.hasPrefix("sqlite:") { return "sqlite" }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { return "postgres" }
        return nil
    }
}

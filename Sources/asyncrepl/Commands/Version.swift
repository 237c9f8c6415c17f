/// The version `asyncrepl --version` prints. The one place it is written.
let asyncreplVersion = "0.1.0"

import CEditLine
import Glibc

/// glibc malloc settings for an interpreter process, set once at startup.
///
/// By default glibc serves every block over a sliding threshold (128 KiB at
/// first) with its own `mmap` and gives it back on `free`, and grows the heap
/// in small steps. An interpreter grows lists and strings by doubling and
/// throws the old buffers away, so each growth then touches fresh pages the
/// kernel must zero: a million appends, a join and a split spent a fifth of
/// their time in page faults. Served from the heap instead, freed buffers are
/// reused; the heap grows in larger steps (untouched pages cost no memory)
/// and keeps up to `keptFreeAtTop` free before giving memory back.
/// Measured in docs/PERFORMANCE.md ("What each change bought").
enum AllocatorTuning {
    /// glibc's largest allowed `mmap` threshold on 64-bit systems.
    static let mmapThreshold: Int32 = 32 << 20
    static let growthPad: Int32 = 64 << 20
    static let keptFreeAtTop: Int32 = 128 << 20

    /// Applies the settings; a C library that refuses one keeps its default.
    static func apply() {
        _ = mallopt(M_MMAP_THRESHOLD, mmapThreshold)
        _ = mallopt(M_TOP_PAD, growthPad)
        _ = mallopt(M_TRIM_THRESHOLD, keptFreeAtTop)
    }
}

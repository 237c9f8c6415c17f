import Foundation
import Testing

@testable import asyncrepl

/// The classroom exercises (`samples/exercises/NN-name/`): each has a starter
/// that must fail its expectations until a student solves it and a solution
/// that meets the very same expectations, and the teacher's guide shows a
/// timeline of each solution.
@Suite("Classroom exercises", .onOwnThreads)
struct ExercisesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exercisesDirectory = root.appendingPathComponent("samples/exercises")

    static var exerciseNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: exercisesDirectory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    /// The lines that state what a run must do, in file order.
    static func expectations(of source: String) -> [String] {
        source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("# expect") || $0.hasPrefix("# args:") || $0.hasPrefix("# mode:") }
    }

    static func read(_ name: String, _ file: String) throws -> String {
        try String(contentsOf: exercisesDirectory.appendingPathComponent(name).appendingPathComponent(file), encoding: .utf8)
    }

    @Test func thereAreAtLeastTenExercises() {
        #expect(Self.exerciseNames.count >= 10, "found \(Self.exerciseNames)")
    }

    @Test(arguments: exerciseNames)
    func starterAndSolutionShareTheirExpectations(_ name: String) throws {
        let starter = try Self.read(name, "exercise.aw")
        let solution = try Self.read(name, "solution.aw")
        #expect(starter.contains("# exercise: starter"), "\(name)/exercise.aw is not marked '# exercise: starter'")
        #expect(!solution.contains("# exercise: starter"), "\(name)/solution.aw must not be marked as a starter")
        #expect(starter.contains("TODO"), "\(name)/exercise.aw tells the student nothing to do")
        let expected = Self.expectations(of: solution)
        #expect(!expected.isEmpty, "\(name)/solution.aw has no expectations")
        #expect(Self.expectations(of: starter) == expected, "\(name): the starter and the solution must be checked against the same expectations")
    }

    /// The golden runner, as a student or CI runs it: the starter fails its
    /// expectations (which counts as a pass for a starter) and the solution
    /// meets them. Each file is also run alone to see that the starter really
    /// falls short and the solution really succeeds.
    @Test(arguments: exerciseNames)
    func theStarterFailsAndTheSolutionPasses(_ name: String) throws {
        let directory = Self.exercisesDirectory.appendingPathComponent(name).path
        let both = try AsyncReplBinary.run(["test", directory], timeout: .seconds(120))
        #expect(both.ending == .exited(0), "\(name): \(both.stdoutText)\(both.stderrText)")
        #expect(both.stdoutText.contains("2 passed, 0 failed"), "\(name): \(both.stdoutText)")

        let solution = try AsyncReplBinary.run(["test", directory + "/solution.aw"], timeout: .seconds(120))
        #expect(solution.ending == .exited(0), "\(name)/solution.aw: \(solution.stdoutText)\(solution.stderrText)")

        // With its marker removed, the starter is an ordinary golden script that fails.
        let unmarked = try TemporaryDirectory()
        let starter = try Self.read(name, "exercise.aw").replacingOccurrences(of: "# exercise: starter", with: "")
        let copy = try unmarked.write("exercise.aw", starter)
        let plain = try AsyncReplBinary.run(["test", copy], timeout: .seconds(120))
        #expect(plain.ending != .exited(0), "\(name)/exercise.aw already meets its expectations: \(plain.stdoutText)")
    }

    @Test(arguments: exerciseNames)
    func theTeachersGuideShowsTheSolutionsTimeline(_ name: String) throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/TEACHING.md"), encoding: .utf8)
        let image = "images/exercises/\(name).svg"
        #expect(guide.contains(image), "docs/TEACHING.md does not show \(image)")
        let svg = try String(contentsOf: Self.root.appendingPathComponent("docs/" + image), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"), "docs/\(image) is not an SVG")
    }
}

/// The modules one interpreter has: it defines their globals, keeps their
/// functions alive (for `Value.native`), and knows which names belong to
/// standard modules the host left out, so a `NameError` can say so.
final class ModuleRegistry {
    // unowned: the event loop owns all three; the globals must be freed while
    // its compiled code still exists (a coroutine's warning reads its source).
    private unowned let globals: GlobalTable
    private unowned let vm: VM
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) var modules: [Module] = []
    @exclusivity(unchecked) private var natives: [NativeFunction] = []
    /// The global names modules defined (not a session's own).
    var builtinNames: Set<String> { Set(modules.flatMap(\.globalNames)) }
    /// Each registered type, by its constructor, so `help(Queue)` describes the type.
    @exclusivity(unchecked) private var typesByConstructor: [ObjectIdentifier: NativeType] = [:]

    init(globals: GlobalTable, vm: VM) {
        self.globals = globals
        self.vm = vm
    }

    /// What registering made, beside the globals it defined.
    struct Contents {
        let modules: [Module]
        let natives: [NativeFunction]
        let typesByConstructor: [ObjectIdentifier: NativeType]
    }

    var contents: Contents { Contents(modules: modules, natives: natives, typesByConstructor: typesByConstructor) }

    /// Takes over what another registry registered (its globals come with the table's layout).
    func adopt(_ contents: Contents) {
        modules = contents.modules
        natives = contents.natives
        typesByConstructor = contents.typesByConstructor
    }

    /// The type `function` constructs, if it is a registered type's constructor.
    func type(constructedBy function: NativeFunction) -> NativeType? {
        typesByConstructor[ObjectIdentifier(function)]
    }

    /// Registers the enabled modules and notes the names of the standard ones left out.
    func start(with enabled: [Module]) {
        for module in enabled { register(module) }
        let names = Set(enabled.map(\.name))
        for module in Module.standard where !names.contains(module.name) {
            for name in module.globalNames where globals.value(of: name) == nil { vm.disabledNames[name] = module.name }
        }
    }

    /// Defines a module's functions and type constructors as globals, or its namespace.
    func register(_ module: Module) {
        modules.append(module)
        for type in module.types {
            if let constructor = type.constructor { typesByConstructor[ObjectIdentifier(constructor)] = type }
        }
        let exports = module.exports
        natives += exports
        if module.isNamespace {
            globals.define(module.name, .object(ModuleObject(module)))
        } else {
            for function in exports { globals.define(function.name, .native(Unmanaged.passUnretained(function))) }
        }
        if !vm.disabledNames.isEmpty {
            for name in module.globalNames { vm.disabledNames[name] = nil }
        }
    }
}

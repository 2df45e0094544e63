using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CareerBot.Tests.Architecture;

/// <summary>
/// Which namespace of one assembly uses which, read from its metadata: base types, interfaces, constraints, attributes,
/// field, property and method signatures, local variables, and every type, method and field token in the method bodies'
/// IL — so a use inside a lambda or a method body counts, not only what the public surface shows. Constants and
/// <c>nameof</c> are compiled away and leave no trace.
/// </summary>
public sealed class NamespaceDependencies
{
    private static readonly IReadOnlyDictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader _reader;
    private readonly PEReader _pe;
    private readonly string _prefix;
    private readonly TypeCollector _collector = new();

    /// <summary>Each namespace (under the prefix) → the other namespaces it uses → one example "UsingType → UsedType".</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges { get; }

    private NamespaceDependencies(PEReader pe, string prefix)
    {
        _pe = pe;
        _reader = pe.GetMetadataReader();
        _prefix = prefix;
        var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var handle in _reader.TypeDefinitions)
        {
            var from = NamespaceOf(handle);
            if (!IsInScope(from)) continue;
            edges.TryAdd(from, new(StringComparer.Ordinal));
            foreach (var used in UsedTypes(handle))
            {
                var to = NamespaceOf(used);
                if (to != from && IsInScope(to))
                    edges[from].TryAdd(to, $"{NameOf(handle)} → {NameOf(used)}");
            }
        }
        Edges = edges.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, string>)e.Value, StringComparer.Ordinal);
    }

    /// <summary>Reads the assembly file; only namespaces equal to or under <paramref name="prefix"/> are kept.</summary>
    public static NamespaceDependencies Read(string assemblyPath, string prefix)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        return new NamespaceDependencies(pe, prefix);
    }

    private bool IsInScope(string ns) => ns == _prefix || ns.StartsWith(_prefix + ".", StringComparison.Ordinal);

    private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
    {
        while (true)
        {
            var declaring = _reader.GetTypeDefinition(handle).GetDeclaringType();
            if (declaring.IsNil) return handle;
            handle = declaring;
        }
    }

    private string NamespaceOf(TypeDefinitionHandle handle) => _reader.GetString(_reader.GetTypeDefinition(Outermost(handle)).Namespace);

    private string NameOf(TypeDefinitionHandle handle) => _reader.GetString(_reader.GetTypeDefinition(Outermost(handle)).Name);

    private HashSet<TypeDefinitionHandle> UsedTypes(TypeDefinitionHandle handle)
    {
        var used = new HashSet<TypeDefinitionHandle>();
        var type = _reader.GetTypeDefinition(handle);
        if (!type.BaseType.IsNil) used.UnionWith(TypesOf(type.BaseType));
        foreach (var i in type.GetInterfaceImplementations()) used.UnionWith(TypesOf(_reader.GetInterfaceImplementation(i).Interface));
        AddGenericConstraints(type.GetGenericParameters(), used);
        AddAttributes(type.GetCustomAttributes(), used);
        foreach (var f in type.GetFields())
        {
            var field = _reader.GetFieldDefinition(f);
            used.UnionWith(field.DecodeSignature(_collector, null));
            AddAttributes(field.GetCustomAttributes(), used);
        }
        foreach (var p in type.GetProperties())
        {
            var property = _reader.GetPropertyDefinition(p);
            AddMethodSignature(property.DecodeSignature(_collector, null), used);
            AddAttributes(property.GetCustomAttributes(), used);
        }
        foreach (var m in type.GetMethods()) AddMethod(m, used);
        return used;
    }

    private void AddMethod(MethodDefinitionHandle handle, HashSet<TypeDefinitionHandle> used)
    {
        var method = _reader.GetMethodDefinition(handle);
        AddMethodSignature(method.DecodeSignature(_collector, null), used);
        AddGenericConstraints(method.GetGenericParameters(), used);
        AddAttributes(method.GetCustomAttributes(), used);
        foreach (var p in method.GetParameters()) AddAttributes(_reader.GetParameter(p).GetCustomAttributes(), used);
        if (method.RelativeVirtualAddress == 0) return;
        var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
            used.UnionWith(_reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_collector, null).SelectMany(t => t));
        foreach (var token in TokensIn(body.GetILReader())) used.UnionWith(TypesOf(MetadataTokens.EntityHandle(token)));
    }

    /// <summary>The metadata tokens the IL refers to (types, methods, fields, signatures), skipping every other operand.</summary>
    private static List<int> TokensIn(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE) code = unchecked((short)(0xFE00 | il.ReadByte()));
            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok or OperandType.InlineSig:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += targets * 4;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
            }
        }
        return tokens;
    }

    private IEnumerable<TypeDefinitionHandle> TypesOf(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return [(TypeDefinitionHandle)handle];
            case HandleKind.TypeSpecification:
                return _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_collector, null);
            case HandleKind.FieldDefinition:
                var field = _reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                return field.DecodeSignature(_collector, null).Append(field.GetDeclaringType());
            case HandleKind.MethodDefinition:
                var method = _reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return MethodSignatureTypes(method.DecodeSignature(_collector, null)).Append(method.GetDeclaringType());
            case HandleKind.MemberReference:
                var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                var signature = member.GetKind() == MemberReferenceKind.Field
                    ? member.DecodeFieldSignature(_collector, null)
                    : MethodSignatureTypes(member.DecodeMethodSignature(_collector, null));
                return signature.Concat(TypesOf(member.Parent));
            case HandleKind.MethodSpecification:
                var spec = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                return spec.DecodeSignature(_collector, null).SelectMany(t => t).Concat(TypesOf(spec.Method));
            case HandleKind.StandaloneSignature:
                var standalone = _reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                return standalone.GetKind() == StandaloneSignatureKind.Method
                    ? MethodSignatureTypes(standalone.DecodeMethodSignature(_collector, null))
                    : standalone.DecodeLocalSignature(_collector, null).SelectMany(t => t);
            default:
                return [];
        }
    }

    private static IEnumerable<TypeDefinitionHandle> MethodSignatureTypes(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
        signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(t => t));

    private static void AddMethodSignature(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature, HashSet<TypeDefinitionHandle> used) =>
        used.UnionWith(MethodSignatureTypes(signature));

    private void AddGenericConstraints(GenericParameterHandleCollection parameters, HashSet<TypeDefinitionHandle> used)
    {
        foreach (var p in parameters)
            foreach (var c in _reader.GetGenericParameter(p).GetConstraints())
                used.UnionWith(TypesOf(_reader.GetGenericParameterConstraint(c).Type));
    }

    private void AddAttributes(CustomAttributeHandleCollection attributes, HashSet<TypeDefinitionHandle> used)
    {
        foreach (var a in attributes) used.UnionWith(TypesOf(_reader.GetCustomAttribute(a).Constructor));
    }

    /// <summary>Decodes a signature into the assembly's own types it mentions; types from other assemblies do not matter here.</summary>
    private sealed class TypeCollector : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];
        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];
        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => [];
        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => [];
        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) =>
            unmodifiedType.AddRange(modifier);
        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments) =>
            genericType.AddRange(typeArguments.SelectMany(t => t));
        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
            [.. MethodSignatureTypes(signature)];
    }
}

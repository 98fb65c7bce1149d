using CorpusGen.Core;
using CorpusGen.Core.Naming;

namespace CorpusGen.Generators;

/// <summary>Where an entity lives in the generated API: <c>Corpus.People.JensStoltenberg</c>.</summary>
public static class EntityNames
{
    public static string Class(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        EntityKind.Place => "Places",
        _ => "Documents",
    };

    public static string RuntimeType(EntityKind kind) => kind switch
    {
        EntityKind.Person => "global::CorpusGen.Person",
        EntityKind.Organization => "global::CorpusGen.Organization",
        EntityKind.Place => "global::CorpusGen.Place",
        _ => "global::CorpusGen.Document",
    };

    /// <summary>
    /// From the entity's key (its acronym when it has one: NATO → Nato), so that the same referent in
    /// two articles gets the same member without either article knowing of the other.
    /// </summary>
    public static string Identifier(EntityModel entity) => Identifiers.Member(entity.Key, "Entity", Class(entity.Kind));

    /// <summary>How an article's data names the entity in the runtime's EntityTable: <c>People.JensStoltenberg</c>.</summary>
    public static string Key(EntityKind kind, string identifier) => Class(kind) + "." + identifier;
}

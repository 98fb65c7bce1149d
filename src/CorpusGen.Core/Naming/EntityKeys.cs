namespace CorpusGen.Core.Naming;

/// <summary>
/// Where an entity lives in the generated API (<c>Corpus.People.JensStoltenberg</c>) and the key that
/// names it there ("People.JensStoltenberg"). The generator declares the members and the runtime finds
/// an article's entities by these keys, so both use this one definition.
/// </summary>
public static class EntityKeys
{
    /// <summary>Between keys in the corpus's list of keys.</summary>
    public const char Separator = ',';

    /// <summary>Between a key no member is declared for and the key of the entity it names ("People.Obama=People.BarackObama").</summary>
    public const char AliasMark = '=';

    public static string Class(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        EntityKind.Place => "Places",
        _ => "Documents",
    };

    /// <summary>
    /// From the entity's key (its acronym when it has one: NATO → Nato), so that the same referent in
    /// two articles gets the same member without either article knowing of the other.
    /// </summary>
    public static string Identifier(EntityModel entity) => Identifiers.Member(entity.Key, "Entity", Class(entity.Kind));

    public static string Key(EntityKind kind, string identifier) => Class(kind) + "." + identifier;

    public static string Key(EntityModel entity) => Key(entity.Kind, Identifier(entity));
}

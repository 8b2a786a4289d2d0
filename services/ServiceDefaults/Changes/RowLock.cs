namespace Platform.ServiceDefaults.Changes;

/// <summary>A row lock held on the aggregate's row until the transaction ends (PostgreSQL <c>FOR SHARE</c> / <c>FOR UPDATE</c>).</summary>
public enum RowLock
{
    None,

    /// <summary>Others may read and share-lock the row but not change it: e.g. adding a child that needs the parent to stay as it is.</summary>
    Shared,

    /// <summary>Nobody else may lock or change the row: e.g. a move that counts the children first.</summary>
    Exclusive,
}

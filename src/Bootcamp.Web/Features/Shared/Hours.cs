using System.Globalization;

namespace Bootcamp.Web.Features.Shared;

/// <summary>Minutes as people read and type hours: quarter hours show as up to two decimals, never rounded away.</summary>
public static class Hours
{
    /// <summary>735 gives "12.25".</summary>
    public static string Number(int minutes) => (minutes / 60m).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>735 gives "12.25 h".</summary>
    public static string Of(int minutes) => Number(minutes) + " h";

    /// <summary>The value of an hours input: 735 gives 12.25.</summary>
    public static decimal Value(int minutes) => minutes / 60m;
}

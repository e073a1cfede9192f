using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("SpareSim.Analytics.Tests")]

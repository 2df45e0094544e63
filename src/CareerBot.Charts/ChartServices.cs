using CareerBot.Core.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Charts;

public static class ChartServices
{
    public static IServiceCollection AddCharts(this IServiceCollection services) => services.AddSingleton<IChartRenderer, ChartRenderer>();
}

using MappingDsl.Cli;

return await MapdslApp.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, CancellationToken.None);

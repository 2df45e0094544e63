using CareerBot.CommandLine;

return await CareerBotCommandLine.Build().Parse(args).InvokeAsync();

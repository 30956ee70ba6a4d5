using Fmj.Cli;

return FmjCommandLine.Run(args, Console.Out, Console.Error);

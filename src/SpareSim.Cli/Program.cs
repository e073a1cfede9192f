using SpareSim.Cli;

return CommandLine.Run(args);

using System;

return ReportingTool.ReportingApp.Run(args, Console.Out, Console.Error);

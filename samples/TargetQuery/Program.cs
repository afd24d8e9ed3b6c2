using System;
using System.Text;
using HealthPlan.Catalogue.TargetQuery;

// Plans and indicators are written in Chinese: make sure the terminal receives UTF-8.
Console.OutputEncoding = Encoding.UTF8;
return TargetQueryApp.Run(args, Console.Out, Console.Error);

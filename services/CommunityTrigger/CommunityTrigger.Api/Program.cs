using Platform.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("community-trigger"));

var app = builder.Build();
app.MapServiceDefaults();
app.Run();

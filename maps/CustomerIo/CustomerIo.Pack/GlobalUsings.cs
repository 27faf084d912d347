// Implicit usings are off in this pack, as in the others: entity names must not meet System types.
global using System;
global using System.Collections.Generic;

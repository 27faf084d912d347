// Implicit usings are off in this pack because System.Threading.Tasks.Task would collide with the Task entity.
global using System;
global using System.Collections.Generic;

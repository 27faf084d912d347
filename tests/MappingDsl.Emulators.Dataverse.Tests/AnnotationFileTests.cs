namespace MappingDsl.Emulators.Dataverse.Tests;

// A file on a note: documentbody is base64, the platform sets filesize from it, and the org's maximum upload size
// (organization.maxuploadfilesize; the 5 MB default is UNCONFIRMED in the reference notes) refuses a larger file.
public sealed class AnnotationFileTests
{
    [Fact]
    public async Task A_file_note_gets_its_size_from_the_bytes_whatever_the_client_sends()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { MaxUploadFileSize = 10 });
        var body = Convert.ToBase64String(new byte[10]);

        var id = await c.CreateAsync("annotations", $$"""{"subject":"s","isdocument":true,"filename":"a.png","mimetype":"image/png","documentbody":"{{body}}","filesize":99}""");

        var note = await c.JsonAsync(HttpMethod.Get, $"annotations({id})");
        Assert.Equal(10, note.GetProperty("filesize").GetInt32());
        Assert.Equal(body, note.GetProperty("documentbody").GetString());
    }

    [Fact]
    public async Task A_file_over_the_maximum_upload_size_is_refused_and_so_is_a_body_that_is_not_base64()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { MaxUploadFileSize = 10 });

        var (status, _, message) = await c.ErrorAsync(HttpMethod.Post, "annotations",
            $$"""{"subject":"s","isdocument":true,"documentbody":"{{Convert.ToBase64String(new byte[11])}}"}""");
        var (badStatus, _, badMessage) = await c.ErrorAsync(HttpMethod.Post, "annotations", """{"subject":"s","isdocument":true,"documentbody":"not base64!"}""");

        Assert.Equal(400, status);
        Assert.Contains("11 bytes; the maximum is 10", message, StringComparison.Ordinal);
        Assert.Equal(400, badStatus);
        Assert.Contains("not valid base64", badMessage, StringComparison.Ordinal);
    }
}

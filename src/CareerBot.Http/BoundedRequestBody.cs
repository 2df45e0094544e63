using Microsoft.AspNetCore.Http;

namespace CareerBot.Http;

/// <summary>
/// Reads a request body up to <see cref="EmbeddedServerLimits.MaxRequestBodyBytes"/>: a declared or actual larger body is
/// answered 413 without reading (or keeping) the rest, and a body that does not arrive within
/// <see cref="EmbeddedServerLimits.BodyReadTimeout"/> is answered 408.
/// </summary>
public static class BoundedRequestBody
{
    /// <summary>The exact bytes sent, or null when the response status has been set to the refusal.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > EmbeddedServerLimits.MaxRequestBodyBytes)
            return Refuse(context, StatusCodes.Status413PayloadTooLarge);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(EmbeddedServerLimits.BodyReadTimeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > EmbeddedServerLimits.MaxRequestBodyBytes)
                    return Refuse(context, StatusCodes.Status413PayloadTooLarge);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return Refuse(context, StatusCodes.Status408RequestTimeout);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limits (body size, minimum data rate) say which status applies.
            return Refuse(context, e.StatusCode);
        }
        return buffer.ToArray();
    }

    private static byte[]? Refuse(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        // The unread rest of the body is not drained: the connection is closed after the response.
        context.Response.Headers.Connection = "close";
        return null;
    }
}

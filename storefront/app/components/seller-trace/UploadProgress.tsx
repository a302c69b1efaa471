import { useNavigation } from "react-router"
import { useT } from "~/lib/use-t"

/**
 * While the step is being sent: how many photos and megabytes are on their way, and to keep
 * the page open (a weak 4G link takes a while for 3 phone photos).
 */
export function UploadProgress() {
  const t = useT()
  const navigation = useNavigation()
  const sending = navigation.state === "submitting" && navigation.formData !== undefined
  const photos = sending
    ? (navigation.formData?.getAll("photos") ?? []).filter((v): v is File => v instanceof File && v.size > 0)
    : []
  const megabytes = photos.reduce((sum, photo) => sum + photo.size, 0) / (1024 * 1024)
  return (
    <div className="upload-status" aria-live="polite">
      {sending ? (
        <p className="trace-progress">
          <progress className="trace-progress-bar" aria-label={t("sellerTrace.event.sending")} />
          <br />
          {photos.length
            ? t("sellerTrace.event.uploading", { count: photos.length, size: megabytes.toFixed(1) })
            : t("sellerTrace.event.saving")}
          <br />
          <span className="muted small">{t("sellerTrace.event.keep_open")}</span>
        </p>
      ) : null}
    </div>
  )
}

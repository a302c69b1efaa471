import { useRef } from "react"
import { useNavigation } from "react-router"
import { MAX_PHOTOS, type PhotoValue, photoFieldValue } from "~/lib/product-form"
import { useHydrated } from "~/lib/use-hydrated"
import { useT } from "~/lib/use-t"
import { Alert } from "./Alert"
import { Field } from "./Field"
import { SubmitButton } from "./SubmitButton"

interface Props {
  photos: PhotoValue[]
  /** Why the last photo was refused (the backend's message, or ours). */
  error?: string
  /** Changes after every answer of the action, so the file inputs are emptied. */
  resetKey: string
  added?: boolean
}

export const UPLOAD_INTENT = "upload_photo"

/** The smallest size for a thumbnail. */
function thumbnail(photo: PhotoValue): string {
  return photo.sizes["320"] ?? photo.sizes["640"] ?? photo.url
}

/**
 * Product photos: thumbnails (kept in the form as hidden `photos` fields) with remove buttons,
 * and two file inputs named `file` — the camera (`capture="environment"`) and the phone's gallery.
 * The action uploads the chosen files to `POST /vendor/photos`. With JavaScript a chosen file is
 * uploaded at once; without it the "Upload" button (or saving) does it.
 */
export function PhotoPicker({ photos, error, resetKey, added }: Props) {
  const t = useT()
  const hydrated = useHydrated()
  const navigation = useNavigation()
  const uploadRef = useRef<HTMLButtonElement>(null)
  const uploading =
    navigation.state === "submitting" &&
    navigation.formData !== undefined &&
    (navigation.formData.getAll("file") as unknown[]).some((file) => file instanceof File && file.size > 0)
  const full = photos.length >= MAX_PHOTOS
  const uploadNow = (event: { currentTarget: HTMLInputElement }) => {
    if (event.currentTarget.files?.length && uploadRef.current) {
      event.currentTarget.form?.requestSubmit(uploadRef.current)
    }
  }
  return (
    <fieldset className="photo-picker">
      <legend>{t("seller.photos.legend")}</legend>
      <p className="muted small">{t("seller.photos.hint", { max: MAX_PHOTOS })}</p>
      {photos.length ? (
        <ol className="photo-list" role="list">
          {photos.map((photo, index) => (
            <li key={photo.url} className="photo-item">
              <img src={thumbnail(photo)} alt={t("seller.photos.alt", { n: index + 1 })} width={160} height={160} />
              {index === 0 ? <span className="photo-main">{t("seller.photos.main")}</span> : null}
              <input type="hidden" name="photos" value={photoFieldValue(photo)} />
              <SubmitButton
                intent={`remove_photo:${index}`}
                formNoValidate
                className="link-button danger"
                aria-label={t("seller.photos.remove_label", { n: index + 1 })}
              >
                {t("seller.photos.remove")}
              </SubmitButton>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("seller.photos.none")}</p>
      )}
      {error ? (
        <p id="file-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {added && !error ? <Alert kind="success">{t("seller.photos.added")}</Alert> : null}
      {full ? (
        <p className="muted">{t("seller.photos.full", { max: MAX_PHOTOS })}</p>
      ) : (
        <div className="photo-inputs" key={resetKey}>
          <Field name="file" id="file-camera" label={t("seller.photos.take")} hint={t("seller.photos.file_hint")}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept="image/*"
                capture="environment"
                onChange={hydrated ? uploadNow : undefined}
                disabled={uploading}
              />
            )}
          </Field>
          <Field name="file" id="file-gallery" label={t("seller.photos.choose")}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept="image/*"
                multiple
                onChange={hydrated ? uploadNow : undefined}
                disabled={uploading}
              />
            )}
          </Field>
          {/* With JavaScript a chosen file is sent at once (through this button, hidden then). */}
          <p hidden={hydrated}>
            <button
              ref={uploadRef}
              type="submit"
              name="intent"
              value={UPLOAD_INTENT}
              formNoValidate
              className="button button-secondary"
              disabled={uploading}
            >
              {t("seller.photos.upload")}
            </button>
          </p>
        </div>
      )}
      <p className="upload-status" aria-live="polite">
        {uploading ? (
          <>
            <span className="spinner spinner-small" aria-hidden="true" /> {t("seller.photos.uploading")}
          </>
        ) : null}
      </p>
    </fieldset>
  )
}

/** The e-mails the seller channel sends, in Vietnamese with English below (one text for both). */
export interface Message {
  subject: string
  text: string
  link: string
}

export function passwordResetMessage(storefrontUrl: string, email: string, token: string): Message {
  const link = `${storefrontUrl}/kenh-nguoi-ban/dat-lai-mat-khau?${new URLSearchParams({ token, email })}`
  return {
    subject: "Đặt lại mật khẩu Kênh người bán Chợ Số (reset your password)",
    text:
      `Bạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu cho ${email}. Mở liên kết sau trong 15 phút để đặt mật khẩu mới: ${link}\n` +
      "Nếu không phải bạn, hãy bỏ qua thư này.\n\n" +
      `Someone asked to reset the password of ${email}. Open this link within 15 minutes: ${link}`,
    link,
  }
}

export function inviteMessage(storefrontUrl: string, sellerName: string, token: string, hours: number): Message {
  const link = `${storefrontUrl}/kenh-nguoi-ban/loi-moi?${new URLSearchParams({ token })}`
  return {
    subject: `${sellerName} mời bạn cùng quản lý cửa hàng trên Chợ Số (an invitation)`,
    text:
      `${sellerName} mời bạn làm nhân viên cửa hàng trên Chợ Số. Mở liên kết sau trong ${hours} giờ để nhận lời mời: ${link}\n\n` +
      `${sellerName} invites you to help run their shop on Chợ Số. Accept within ${hours} hours: ${link}`,
    link,
  }
}

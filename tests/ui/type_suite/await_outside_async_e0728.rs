async fn get() -> u32 { 1 }
fn main() {
    let v = get().await;
}

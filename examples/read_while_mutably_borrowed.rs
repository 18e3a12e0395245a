// Reading while mutably borrowed (E0502): while `editing` may still change `balance`,
// nobody else may look at it, so a reader never sees a half-finished update.
fn main() {
    let mut balance = 100;
    let editing = &mut balance;
    println!("balance before the update: {}", balance);
    *editing += 50;
}

// Comparing with an array literal of another length is E0277, not an accepted `false`.
fn main() {
    let code = [7u8, 3, 1];
    if code == [7, 3] {
        println!("prefix");
    }
}

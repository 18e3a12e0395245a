// iterators: an array built from a runtime value is a temporary, not promoted, when borrowed by iter()
fn main() {
    let base = 7;
    let mut it = [base, base + 1].iter().peekable();
    println!("{:?}", it.next());
}

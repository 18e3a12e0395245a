// Dangling reference (E0597): `latest` would point at `token` after the inner block has
// freed it. The borrow checker rejects the reference instead of letting it dangle.
fn main() {
    let latest: &String;
    {
        let token = String::from("a81f-22c0");
        latest = &token;
    }
    println!("latest token: {}", latest);
}

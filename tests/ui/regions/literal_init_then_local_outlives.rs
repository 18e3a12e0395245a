// regions: a local `&str` starting as a literal, then pointing into a String of an inner scope
fn main() {
    let mut label = "static";
    {
        let owned = String::from("dynamic");
        label = &owned;
    }
    println!("{}", label);
}

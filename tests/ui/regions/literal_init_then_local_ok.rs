// regions: a local `&str` starting as a literal, then pointing into a local String
fn main() {
    let owned = String::from("dynamic");
    let mut label = "static";
    let mut pair = ("x", 0);
    if owned.len() > 3 {
        label = &owned;
        pair = (&owned[1..], 1);
    }
    println!("{} {:?}", label, pair);
}

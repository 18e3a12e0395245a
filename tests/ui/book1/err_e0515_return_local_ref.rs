// lifetimes: returning a slice of a String created inside the function
fn make_title(name: &str) -> &str {
    let full = format!("Dr. {name}");
    &full[..]
}

fn main() {
    println!("{}", make_title("Who"));
}

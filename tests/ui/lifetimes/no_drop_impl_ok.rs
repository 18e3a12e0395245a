// lifetimes: the same shape without Drop is accepted
struct Holder<'a> {
    name: &'a str,
}

fn main() {
    let h;
    let label = String::from("h1");
    h = Holder { name: &label };
    println!("made {}", h.name);
}

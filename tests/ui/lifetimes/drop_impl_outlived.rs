// lifetimes: a value with a Drop impl holds a reference to a local declared after it
struct Guard<'a> {
    name: &'a str,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let g;
    let label = String::from("g1");
    g = Guard { name: &label };
    println!("made {}", g.name);
}

// ownership: moving a field out of a value whose type implements Drop
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("lock") };
    let n = g.name;
    println!("{}", n);
}

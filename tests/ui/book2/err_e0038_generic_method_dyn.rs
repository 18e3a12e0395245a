// trait objects: a trait with a generic method cannot be made into a trait object
trait Store {
    fn put<T: ToString>(&mut self, value: T);
    fn size(&self) -> usize;
}

struct Memory(Vec<String>);

impl Store for Memory {
    fn put<T: ToString>(&mut self, value: T) {
        self.0.push(value.to_string());
    }
    fn size(&self) -> usize {
        self.0.len()
    }
}

fn main() {
    let mut stores: Vec<Box<dyn Store>> = Vec::new();
    stores.push(Box::new(Memory(Vec::new())));
    println!("{}", stores.len());
}

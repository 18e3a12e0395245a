// advanced types: ?Sized generics over str and slices, Box<str>, Box<[T]> and dyn Trait behind references
use std::fmt::Display;

fn show<T: Display + ?Sized>(label: &str, value: &T) {
    println!("{label}: {value}");
}

fn size_of_val_words<T: ?Sized>(v: &T) -> usize {
    std::mem::size_of_val(v)
}

struct Holder<T: ?Sized> {
    id: u8,
    data: Box<T>,
}

fn longest_word(s: &str) -> &str {
    s.split(' ').max_by_key(|w| w.len()).unwrap_or("")
}

fn main() {
    show("str", "plain");
    show("int", &5);
    let boxed: Box<str> = "boxed str".into();
    show("box<str>", &*boxed);
    let arr: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{} items, sum {}", arr.len(), arr.iter().sum::<i32>());
    println!("bytes {} {}", size_of_val_words("hello"), size_of_val_words(&[0u16; 4][..]));

    let h: Holder<[u8]> = Holder { id: 1, data: Box::new([7, 8, 9]) };
    println!("holder {} -> {:?}", h.id, &h.data[1..]);
    let d: Holder<dyn Display> = Holder { id: 2, data: Box::new(3.5) };
    println!("holder {} -> {}", d.id, d.data);

    let sentence = String::from("dynamically sized types");
    println!("{}", longest_word(&sentence));
    let parts: Vec<&[char]> = vec![&['a', 'b'], &['c']];
    let flat: String = parts.concat().into_iter().collect();
    println!("{flat}");
    let s: &str = &sentence[0..11];
    let r: &dyn Display = &s;
    println!("{r}");
}

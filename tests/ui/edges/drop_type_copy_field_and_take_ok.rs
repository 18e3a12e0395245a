// Copy fields and mem::take work on a value whose type implements Drop
struct Conn { name: String, id: u32 }
impl Drop for Conn {
    fn drop(&mut self) { println!("close {} {:?}", self.id, self.name); }
}
fn main() {
    let mut c = Conn { name: String::from("db"), id: 1 };
    let id = c.id;
    let name = std::mem::take(&mut c.name);
    c.name = String::from("re");
    let Conn { name: ref name2, .. } = c;
    println!("{} {} {}", id, name, name2);
}

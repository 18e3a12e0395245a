// types: a program rustc 1.95 accepts; every expression must get a fully inferred type
use std::collections::HashMap;
use std::fmt::Debug;
trait Shape { fn area(&self) -> f64; fn name(&self) -> &str { "shape" } }
trait Scale<T> { fn scale(&self, by: T) -> Self; }
#[derive(Debug, Clone)]
struct Sq { side: f64 }
impl Shape for Sq { fn area(&self) -> f64 { self.side * self.side } fn name(&self) -> &str { "square" } }
impl Scale<f64> for Sq { fn scale(&self, by: f64) -> Sq { Sq { side: self.side * by } } }
fn total_area(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }
fn biggest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}
fn scaled<T: Scale<f64> + Clone>(items: &[T], k: f64) -> Vec<T> { items.iter().map(|i| i.scale(k)).collect() }
fn debug_all<T: Debug>(items: &[T]) -> String { items.iter().map(|i| format!("{:?}", i)).collect::<Vec<_>>().join(";") }
struct Registry<K, V> { map: HashMap<K, V> }
impl<K: std::hash::Hash + Eq + Clone, V: Default> Registry<K, V> {
    fn new() -> Self { Registry { map: HashMap::new() } }
    fn get_or_create(&mut self, k: &K) -> &mut V { self.map.entry(k.clone()).or_insert_with(V::default) }
}
enum Cmd { Push(i64), Pop, Add }
fn run(cmds: &[Cmd]) -> Result<i64, String> {
    let mut st: Vec<i64> = Vec::new();
    for c in cmds {
        match *c {
            Cmd::Push(v) => st.push(v),
            Cmd::Pop => { st.pop().ok_or("empty")?; }
            Cmd::Add => { let a = st.pop().ok_or_else(|| "a".to_string())?; let b = st.pop().ok_or("b".to_string())?; st.push(a + b); }
        }
    }
    st.last().copied().ok_or_else(|| String::from("none"))
}
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq { side: 2.0 }), Box::new(Sq { side: 3.0 })];
    println!("{} {:?}", total_area(&shapes), biggest(&shapes).map(|s| s.name()));
    let sq = vec![Sq { side: 1.0 }];
    println!("{}", debug_all(&scaled(&sq, 2.0)));
    let mut reg: Registry<String, Vec<u8>> = Registry::new();
    reg.get_or_create(&"a".to_string()).push(1);
    println!("{:?}", reg.map.get("a"));
    println!("{:?}", run(&[Cmd::Push(2), Cmd::Push(3), Cmd::Add]));
    let mut grid = vec![vec![0u8; 3]; 2];
    grid[1][2] = 7;
    for row in grid.iter_mut() { for c in row.iter_mut() { *c += 1; } }
    let flat: Vec<String> = grid.iter().map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(",")).collect();
    println!("{}", flat.join("/"));
    let text = "one two three";
    let longest = text.split(' ').max_by_key(|w| w.len()).unwrap_or("");
    let caps = text.split(' ').map(|w| w[..1].to_uppercase() + &w[1..]).collect::<Vec<String>>();
    println!("{} {:?}", longest, caps);
    let pairs: HashMap<char, usize> = text.char_indices().filter(|(_, c)| !c.is_whitespace()).map(|(i, c)| (c, i)).collect();
    let mut ks: Vec<&char> = pairs.keys().collect();
    ks.sort();
    println!("{:?}", ks.len());
    let maybe: Option<Option<i32>> = Some(None);
    let flat2 = maybe.flatten().unwrap_or(-1);
    let r: Result<i32, String> = Err("bad".into());
    let v = r.as_ref().map(|x| x + 1).unwrap_or_else(|e| e.len() as i32);
    println!("{} {}", flat2, v);
}

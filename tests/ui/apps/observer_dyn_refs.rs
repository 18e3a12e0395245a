// &dyn Trait and &mut dyn Trait parameters, Vec<Box<dyn Trait>> with &mut iteration, trait default calling required
trait Plugin {
    fn name(&self) -> &str;
    fn on_event(&mut self, ev: &str) -> Option<String>;
    fn handle_all(&mut self, evs: &[&str]) -> usize {
        evs.iter().filter_map(|e| self.on_event(e)).count()
    }
}

struct Echo {
    seen: usize,
}

struct Filter {
    keyword: String,
    hits: Vec<String>,
}

impl Plugin for Echo {
    fn name(&self) -> &str {
        "echo"
    }
    fn on_event(&mut self, ev: &str) -> Option<String> {
        self.seen += 1;
        Some(format!("echo#{}: {}", self.seen, ev))
    }
}

impl Plugin for Filter {
    fn name(&self) -> &str {
        &self.keyword
    }
    fn on_event(&mut self, ev: &str) -> Option<String> {
        if ev.contains(self.keyword.as_str()) {
            self.hits.push(ev.to_string());
            Some(ev.to_uppercase())
        } else {
            None
        }
    }
}

fn dispatch(plugins: &mut [Box<dyn Plugin>], ev: &str) -> Vec<String> {
    plugins.iter_mut().filter_map(|p| p.on_event(ev)).collect()
}

fn describe(p: &dyn Plugin) -> String {
    format!("plugin<{}>", p.name())
}

fn main() {
    let mut plugins: Vec<Box<dyn Plugin>> = vec![
        Box::new(Echo { seen: 0 }),
        Box::new(Filter { keyword: "err".into(), hits: vec![] }),
    ];
    for ev in ["boot", "error: disk", "ready", "stderr closed"] {
        for line in dispatch(&mut plugins, ev) {
            println!("{}", line);
        }
    }
    let names: Vec<String> = plugins.iter().map(|p| describe(p.as_ref())).collect();
    println!("{}", names.join(", "));
    let mut f = Filter { keyword: "x".into(), hits: vec![] };
    let n = f.handle_all(&["xa", "b", "xc"]);
    let as_dyn: &mut dyn Plugin = &mut f;
    as_dyn.on_event("xx");
    println!("{} matched, hits {:?}", n, f.hits);
}
